CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"status" text NOT NULL,
	"solver" text NOT NULL,
	"objective" double precision NOT NULL,
	"bound" double precision NOT NULL,
	"gap" double precision NOT NULL,
	"bound_scope" text NOT NULL,
	"solve_seconds" double precision NOT NULL,
	"nqt_count" integer NOT NULL,
	"mentor_count" integer NOT NULL,
	"proposed_count" integer NOT NULL,
	"unmatched" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"weights" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"nqt_person_id" uuid NOT NULL,
	"mentor_person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"points" double precision,
	"explanation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"line_manager_override_reason" text,
	"ended_reason" text,
	"run_id" uuid,
	"created_by" uuid,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"locked_at" timestamp with time zone,
	"locked_by" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_nqt_person_id_people_id_fk" FOREIGN KEY ("nqt_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_mentor_person_id_people_id_fk" FOREIGN KEY ("mentor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_run_id_matching_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."matching_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_runs_owner_programme" ON "matching_runs" USING btree ("owner_id","programme_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_pairs_open_enrolment" ON "mentor_pairs" USING btree ("enrolment_id") WHERE "mentor_pairs"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "mentor_pairs_owner_programme" ON "mentor_pairs" USING btree ("owner_id","programme_id");--> statement-breakpoint
CREATE INDEX "mentor_pairs_mentor" ON "mentor_pairs" USING btree ("programme_id","mentor_person_id");