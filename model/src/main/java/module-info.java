/** A government work report as immutable records, built on govreport-core's values. */
module io.github.govreport.model {
    requires transitive io.github.govreport.core;

    exports io.github.govreport.model;
}
