"""The app's panes and screens: one file each."""
