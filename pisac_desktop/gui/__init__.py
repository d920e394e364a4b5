"""Everything Qt. The core (db/, domain/, reports/) never imports this package."""
