CREATE TABLE "compliance_lapses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"mentor_person_id" uuid,
	"mentor_nudged_on" date,
	"leader_nudged_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "compliance_lapses" ADD CONSTRAINT "compliance_lapses_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_lapses" ADD CONSTRAINT "compliance_lapses_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_lapses" ADD CONSTRAINT "compliance_lapses_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_lapses" ADD CONSTRAINT "compliance_lapses_mentor_person_id_people_id_fk" FOREIGN KEY ("mentor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_lapses_open" ON "compliance_lapses" USING btree ("enrolment_id") WHERE "compliance_lapses"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "compliance_lapses_programme" ON "compliance_lapses" USING btree ("owner_id","programme_id");--> statement-breakpoint
-- Programmes made before nudges existed get the default nudge settings (see DEFAULT_NUDGES).
UPDATE "programmes" SET "settings" = "settings" || '{"nudges":{"enabled":true,"mentorAfterDays":7,"leaderAfterDays":21}}'::jsonb WHERE NOT ("settings" ? 'nudges');
