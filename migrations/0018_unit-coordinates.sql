ALTER TABLE "units" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "longitude" double precision;