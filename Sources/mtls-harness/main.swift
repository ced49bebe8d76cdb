print("mtls-harness")
