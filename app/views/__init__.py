"""Qt windows and dialogs of the registration desk; they reach the services only through app.views.worker."""
