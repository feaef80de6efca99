CREATE TABLE "quality_cycle_surveys" (
	"owner_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	CONSTRAINT "quality_cycle_surveys_cycle_id_survey_id_pk" PRIMARY KEY("cycle_id","survey_id")
);
--> statement-breakpoint
CREATE TABLE "quality_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"previous_cycle_id" uuid,
	"phases" jsonb NOT NULL,
	"other_sources" text DEFAULT '' NOT NULL,
	"knowledge_base_note" text DEFAULT '' NOT NULL,
	"assessment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"text" text NOT NULL,
	"responsible_text" text DEFAULT '' NOT NULL,
	"responsible_person_id" uuid,
	"due_on" date,
	"status" text NOT NULL,
	"goal_id" uuid,
	"carried_from_id" uuid,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quality_measures_status" CHECK ("quality_measures"."status" in ('planned', 'in_progress', 'done', 'dropped'))
);
--> statement-breakpoint
ALTER TABLE "quality_cycle_surveys" ADD CONSTRAINT "quality_cycle_surveys_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_cycle_surveys" ADD CONSTRAINT "quality_cycle_surveys_cycle_id_quality_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."quality_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_cycle_surveys" ADD CONSTRAINT "quality_cycle_surveys_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_cycles" ADD CONSTRAINT "quality_cycles_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_cycles" ADD CONSTRAINT "quality_cycles_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_cycles" ADD CONSTRAINT "quality_cycles_previous_cycle_id_quality_cycles_id_fk" FOREIGN KEY ("previous_cycle_id") REFERENCES "public"."quality_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_cycles" ADD CONSTRAINT "quality_cycles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_goals" ADD CONSTRAINT "quality_goals_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_goals" ADD CONSTRAINT "quality_goals_cycle_id_quality_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."quality_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_cycle_id_quality_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."quality_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_responsible_person_id_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_goal_id_quality_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."quality_goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_measures" ADD CONSTRAINT "quality_measures_carried_from_id_quality_measures_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."quality_measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quality_cycles_programme" ON "quality_cycles" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "quality_cycles_owner" ON "quality_cycles" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "quality_goals_cycle" ON "quality_goals" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "quality_measures_cycle" ON "quality_measures" USING btree ("cycle_id");