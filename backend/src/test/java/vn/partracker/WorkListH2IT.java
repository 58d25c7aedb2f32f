package vn.partracker;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1")
class WorkListH2IT extends WorkListTests {}
