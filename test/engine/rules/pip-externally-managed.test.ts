import { ruleTable } from './table.ts';

ruleTable('pip-externally-managed', {
  valid: [
    { name: 'python image: its Python is not the distribution\'s', dockerfile: ['FROM python:3.12-slim', 'RUN pip install flask', 'CMD ["python"]'] },
    { name: 'Ubuntu 22.04 predates PEP 668 marking', dockerfile: ['FROM ubuntu:22.04', 'RUN apt-get update && apt-get install -y python3-pip && pip3 install flask', 'CMD ["python3"]'] },
    { name: 'venv on PATH', dockerfile: ['FROM ubuntu:24.04', 'RUN apt-get update && apt-get install -y python3-venv', 'RUN python3 -m venv /opt/venv', 'ENV PATH="/opt/venv/bin:$PATH"', 'RUN pip install flask', 'CMD ["python"]'] },
    { name: 'venv activated in the same RUN', dockerfile: ['FROM debian:bookworm', 'RUN python3 -m venv /v && . /v/bin/activate && pip install flask', 'CMD ["/v/bin/python"]'] },
    { name: 'explicit opt-out and --prefix', dockerfile: ['FROM debian:12', 'RUN pip install --break-system-packages flask && pip install --prefix=/install rich', 'CMD ["python3"]'] },
    { name: 'marker removed first', dockerfile: ['FROM ubuntu:24.04', 'RUN rm /usr/lib/python3.*/EXTERNALLY-MANAGED', 'RUN pip3 install flask', 'CMD ["python3"]'] },
    { name: 'unused stage is not built', dockerfile: ['FROM ubuntu AS old', 'RUN pip3 install x', 'FROM python:3.12-slim', 'CMD ["python"]'] },
  ],
  invalid: [
    { name: 'seed 000: ubuntu:latest builder', dockerfile: ['FROM ubuntu:latest AS builder', 'RUN apt-get update && apt-get install -y python3 python3-pip', 'WORKDIR /app', 'COPY . .', 'RUN pip3 install -r requirements.txt', 'FROM python:3.12-slim', 'COPY --from=builder /app /app', 'CMD ["python3", "/app/app.py"]'], lines: [5], column: 5 },
    { name: 'untagged ubuntu and python -m pip', dockerfile: ['FROM ubuntu', 'RUN apt-get update && apt-get install -y python3-pip && python3 -m pip install numpy', 'CMD ["python3"]'], lines: [2] },
    { name: 'debian trixie slim', dockerfile: ['FROM debian:trixie-slim', 'RUN apt-get update && apt-get install -y python3-pip', 'RUN pip install --user requests', 'CMD ["python3"]'], lines: [3] },
  ],
});
