"""pyqtgraph scene items for cards, edges and legend; PNG/SVG export."""
