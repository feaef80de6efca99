ALTER TABLE "employments" ADD COLUMN "stage" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "subjects" text[] DEFAULT '{}' NOT NULL;