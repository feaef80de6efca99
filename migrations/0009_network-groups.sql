CREATE TABLE "network_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_groupings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"max_per_unit" integer NOT NULL,
	"keep_kindergarten_apart" boolean NOT NULL,
	"solver_status" text,
	"objective" double precision,
	"gap" double precision,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"grouping_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"pool" text NOT NULL,
	"position" integer NOT NULL,
	"continues_group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_group_members" ADD CONSTRAINT "network_group_members_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_members" ADD CONSTRAINT "network_group_members_group_id_network_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_members" ADD CONSTRAINT "network_group_members_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_group_members" ADD CONSTRAINT "network_group_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groupings" ADD CONSTRAINT "network_groupings_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groupings" ADD CONSTRAINT "network_groupings_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groupings" ADD CONSTRAINT "network_groupings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_grouping_id_network_groupings_id_fk" FOREIGN KEY ("grouping_id") REFERENCES "public"."network_groupings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_groups" ADD CONSTRAINT "network_groups_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_group_members_programme_kind_person" ON "network_group_members" USING btree ("programme_id","kind","person_id");--> statement-breakpoint
CREATE INDEX "network_group_members_owner_person" ON "network_group_members" USING btree ("owner_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_groupings_programme_kind" ON "network_groupings" USING btree ("programme_id","kind");--> statement-breakpoint
CREATE INDEX "network_groupings_owner" ON "network_groupings" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "network_groups_owner_programme" ON "network_groups" USING btree ("owner_id","programme_id");