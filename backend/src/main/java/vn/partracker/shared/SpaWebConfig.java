package vn.partracker.shared;

import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from {@code classpath:/static} (the frontend jar) and answers every
 * client-side route (no file extension, not an API path) with {@code index.html}.
 */
@Configuration(proxyBeanMethods = false)
public class SpaWebConfig implements WebMvcConfigurer {

  private static final List<String> SERVER_PATHS =
      List.of("api/", "engine-rest/", "camunda/", "actuator/", "swagger-ui", "v3/api-docs", "error");

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.setOrder(Ordered.LOWEST_PRECEDENCE);
    registry.addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
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
