console.log("hello from eddy");
