"""Relations over resolved entities: movements and attributed forecasts."""
