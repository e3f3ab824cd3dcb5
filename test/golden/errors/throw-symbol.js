throw Symbol('sym desc');
