package io.github.govreport.examples;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintStream} that remembers why writing failed. A plain {@code PrintStream} swallows the
 * {@link IOException} and keeps only {@link #checkError()}, so the tool could say "error writing output"
 * but not that the disk was full; with this one it says {@code error writing output: No space left on
 * device}.
 */
public class ReasonPrintStream extends PrintStream {

    private final Recorder recorder;

    /**
     * Prints to {@code out} as UTF-8, without flushing on each line.
     *
     * @param out where the bytes go
     */
    public ReasonPrintStream(OutputStream out) {
        this(new Recorder(out));
    }

    private ReasonPrintStream(Recorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /**
     * Why the first write or flush that failed failed.
     *
     * @return the message of its exception (its class name when it has none), or null when none failed
     */
    public String failure() {
        IOException e = recorder.failure;
        return e == null ? null : Io.describe(e);
    }

    /** Passes bytes on and keeps the first exception before it goes up to the print stream. */
    private static final class Recorder extends FilterOutputStream {

        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
