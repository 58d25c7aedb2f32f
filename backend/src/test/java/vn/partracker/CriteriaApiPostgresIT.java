package vn.partracker;

import vn.partracker.support.EmbeddedPostgres;

/** The criteria API on a real PostgreSQL server (the database and context shared by such tests). */
@EmbeddedPostgres.OnPostgres
class CriteriaApiPostgresIT extends CriteriaApiTests {}
