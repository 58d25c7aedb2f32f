package vn.partracker.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from {@code classpath:/static} (the frontend jar) and answers every
 * client-side route (no file extension, not an API path) with {@code index.html}.
 *
 * <p>Caching: Vite names every file under {@code /assets/} by a hash of its content, so a browser may
 * keep them for a year without asking again ({@code immutable}); everything else, above all
 * {@code index.html}, which names the current assets, is revalidated on every load
 * ({@code no-cache}, answered by a 304 when unchanged). Assets of 1 KB or more come precompressed
 * ({@code name.gz}, made by the build at gzip's best level); other responses are gzipped by Tomcat. Spring Security adds its own
 * {@code no-store} only to responses that set no Cache-Control, so these headers win.
 */
@Configuration(proxyBeanMethods = false)
public class SpaWebConfig implements WebMvcConfigurer {

  private static final List<String> SERVER_PATHS =
      List.of("api/", "engine-rest/", "camunda/", "actuator/", "swagger-ui", "v3/api-docs", "error");

  /** The PWA manifest's type (Tomcat does not know .webmanifest; a browser would download it). */
  @Bean
  WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestMimeType() {
    return factory -> {
      MimeMappings mappings = new MimeMappings(MimeMappings.DEFAULT);
      mappings.add("webmanifest", "application/manifest+json");
      factory.setMimeMappings(mappings);
    };
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.setOrder(Ordered.LOWEST_PRECEDENCE);
    registry.addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        // the build's name.gz beside each larger file (best compression, made once): sent as it is to a
        // browser that accepts gzip (Tomcat leaves a response with its own Content-Encoding alone)
        .resourceChain(true)
        .addResolver(new EncodedResourceResolver())
        .addResolver(new PathResourceResolver());
    registry.addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new PathResourceResolver() {
          @Override
          protected Resource getResource(String path, Resource location) throws IOException {
            Resource file = location.createRelative(path);
            if (!path.isEmpty() && file.exists() && file.isReadable()) {
              return file;
            }
            boolean clientRoute = SERVER_PATHS.stream().noneMatch(path::startsWith)
                && !path.substring(path.lastIndexOf('/') + 1).contains(".");
            return clientRoute ? new ClassPathResource("/static/index.html") : null;
          }
        });
  }
}
