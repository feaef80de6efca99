CREATE TABLE "survey_reminder_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"reminded" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "reminder_days" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "answers_shuffled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_reminder_rounds" ADD CONSTRAINT "survey_reminder_rounds_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_reminder_rounds" ADD CONSTRAINT "survey_reminder_rounds_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_reminder_rounds_round" ON "survey_reminder_rounds" USING btree ("survey_id","days_before");--> statement-breakpoint
CREATE INDEX "survey_reminder_rounds_owner" ON "survey_reminder_rounds" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "survey_responses_pending" ON "survey_responses" USING btree ("survey_id") WHERE "survey_responses"."pending";