package vn.partracker;

import vn.partracker.support.EmbeddedPostgres;

/** The emulation flow on a real PostgreSQL server (the database and context shared by such tests). */
@EmbeddedPostgres.OnPostgres
class EmulationFlowPostgresIT extends EmulationFlowTests {}
