package vn.partracker;

import vn.partracker.support.EmbeddedPostgres;

/** The improvement flow on a real PostgreSQL server (the database and context shared by such tests). */
@EmbeddedPostgres.OnPostgres
class ImprovementFlowPostgresIT extends ImprovementFlowTests {}
