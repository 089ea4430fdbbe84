/** The language of values in government work reports: immutable records, JDK only. */
module io.github.govreport.core {
    exports io.github.govreport.core;
}
