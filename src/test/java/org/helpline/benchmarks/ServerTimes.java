package org.helpline.benchmarks;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Times calls inside the server, from the first servlet filter in to the last out (security, MVC
 * and JSON included, the client's own scheduling not), for the figures of issue 4 "in the server".
 * Registered by {@link #initializer()} rather than scanned, so no test context picks it up.
 */
final class ServerTimes implements Filter {

    private final long[] nanos = new long[1 << 20];
    private final AtomicInteger count = new AtomicInteger();

    ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> {
            var registration = new FilterRegistrationBean<Filter>(this);
            registration.addUrlPatterns("/api/v1/kb/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            context.getBeanFactory().registerSingleton("serverTimes", registration);
        };
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int at = count.getAndIncrement();
            if (at < nanos.length) {
                nanos[at] = System.nanoTime() - start;
            }
        }
    }

    void reset() {
        count.set(0);
    }

    SearchPercentiles percentiles() {
        return SearchPercentiles.of(nanos, Math.min(count.get(), nanos.length));
    }
}
