FROM debian
CMD ["world!"]
ENTRYPOINT ["echo","Hello,"]
