package vn.partracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ParTrackerApplication {

  public static void main(String[] args) {
    SpringApplication.run(ParTrackerApplication.class, args);
  }
}
