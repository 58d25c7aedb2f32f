package vn.partracker;

import vn.partracker.support.EmbeddedPostgres;

/** The paged work lists on a real PostgreSQL server (the database and context shared by such tests). */
@EmbeddedPostgres.OnPostgres
class WorkListPostgresIT extends WorkListTests {}
