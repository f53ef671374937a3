FROM python:3.12-slim
WORKDIR /app
COPY server.py .
USER 10001
# The shell must stay to run the pipe, so /bin/sh is PID 1 and python is its child.
CMD python server.py 2>&1 | tee /tmp/server.log
