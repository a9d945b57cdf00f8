"""The stages: thin loops that decode, call the pure core and send. One module per stage."""
