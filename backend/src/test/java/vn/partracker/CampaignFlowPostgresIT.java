package vn.partracker;

import vn.partracker.support.EmbeddedPostgres;

/** The campaigns on a real PostgreSQL server (the database and context shared by such tests). */
@EmbeddedPostgres.OnPostgres
class CampaignFlowPostgresIT extends CampaignFlowTests {}
