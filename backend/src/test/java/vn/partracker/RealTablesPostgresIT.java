package vn.partracker;

import vn.partracker.support.EmbeddedPostgres;

/** The real published tables on a real PostgreSQL server (the database and context shared by such tests). */
@EmbeddedPostgres.OnPostgres
class RealTablesPostgresIT extends RealTablesTests {}
