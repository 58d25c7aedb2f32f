package vn.partracker;

import org.springframework.test.context.TestPropertySource;

/** The API contract on the embedded default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1")
class ApiContractH2IT extends ApiContractTests {}
