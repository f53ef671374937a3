"""One page that says the container works."""

from django.http import HttpResponse
from django.urls import path


def home(request):
    return HttpResponse("Hello from Django in a container!\n", content_type="text/plain")


urlpatterns = [path("", home)]
