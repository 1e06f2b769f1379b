package org.passage.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * For {@link PdfBenchmark} only: with the system property {@code passage.bench.pdf} set, the
 * application's {@link PdfRenderer} is replaced by one that times every render and keeps its
 * arguments, so that the benchmark can print the first render of each template and render it again
 * warm. Without the property (every test run) it changes nothing.
 */
@Component
class PdfTimings implements BeanPostProcessor {

    /** One render: the template, its arguments, the renderer that did it and how long it took. */
    record Render(String template, Map<String, ?> variables, Locale locale, PdfRenderer renderer, long nanos,
            long cpuNanos, int bytes) {
    }

    static final List<Render> RENDERS = new ArrayList<>();
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PdfRenderer renderer && !(bean instanceof Timed) && Boolean.getBoolean("passage.bench.pdf")) {
            return new Timed(renderer);
        }
        return bean;
    }

    static final class Timed extends PdfRenderer {

        private final PdfRenderer renderer;

        Timed(PdfRenderer renderer) {
            super(null);
            this.renderer = renderer;
        }

        @Override
        public byte[] render(String template, Map<String, ?> variables, Locale locale) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long began = System.nanoTime();
            byte[] pdf = renderer.render(template, variables, locale);
            long nanos = System.nanoTime() - began;
            cpu = CPU.getCurrentThreadCpuTime() - cpu;
            synchronized (RENDERS) {
                RENDERS.add(new Render(template, new java.util.HashMap<>(variables), locale, renderer, nanos, cpu,
                        pdf.length));
            }
            return pdf;
        }

        @Override
        public byte[] fromHtml(String xhtml) {
            return renderer.fromHtml(xhtml);
        }
    }
}
