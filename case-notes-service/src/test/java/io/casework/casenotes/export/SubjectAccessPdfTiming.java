package io.casework.casenotes.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.casework.casenotes.rest.dto.ExportNoteDto;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long the subject access PDF takes to lay out and write for a child with many notes, in this JVM, without the
 * service or its database: the sample's notes repeated. The part of the export's time that is PDFBox's, beside
 * SubjectAccessBenchmark's time through the API (docs/measurements.md). Not a test and not run by the build.
 *
 * <p>Usage: {@code SubjectAccessPdfTiming [notes] [samples]} (default 10000, 5).
 */
public final class SubjectAccessPdfTiming {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private SubjectAccessPdfTiming() {
    }

    public static void main(String[] args) throws IOException {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SubjectAccessExport sample = SampleSubjectAccess.sample();
        List<ExportNoteDto> two = new ArrayList<>();
        sample.notes().forEach(two::add);
        SubjectAccessExport many = new SubjectAccessExport(sample.header(), each -> {
            for (int i = 0; i < notes; i++) {
                each.accept(two.get(i % two.size()));
            }
        });
        long[] bytes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < samples + 2; i++) {
            bytes[0] = 0;
            long start = System.nanoTime();
            SubjectAccessPdf.write(many, JSON, counting);
            if (i >= 2) {
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Collections.sort(millis);
        System.out.printf("subject access PDF of %d notes (%d KB), %d times after 2: median %d ms, max %d ms, "
                + "heap used %d MB%n", notes, bytes[0] / 1024, samples, millis.get(millis.size() / 2),
                millis.get(millis.size() - 1), (Runtime.getRuntime().totalMemory()
                        - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
    }
}
