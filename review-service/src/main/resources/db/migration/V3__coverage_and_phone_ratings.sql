-- Coverage (三个全覆盖) is counted from region × item / organisation / channel counters, whose
-- dimension names are longer than the first five.
ALTER TABLE statistic_counter ALTER COLUMN dimension TYPE varchar(24);

-- A rating given over the phone (channel 6) is entered by the hotline agent who took it.
ALTER TABLE evaluation ADD COLUMN recorded_by varchar(200);
