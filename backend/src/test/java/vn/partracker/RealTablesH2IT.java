package vn.partracker;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:real-tables;DB_CLOSE_DELAY=-1")
class RealTablesH2IT extends RealTablesTests {}
