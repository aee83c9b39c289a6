"""The five seed articles and their manifest, shipped with the package."""
