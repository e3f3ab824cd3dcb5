// NODE_OPTIONS may not hold -e: exit 9
