"""Forms for people."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from revmentor.core.uploads import BoundedFileField


class ImportUploadForm(forms.Form):
    file = BoundedFileField(
        label=_("Organisation file (CSV or Excel)"),
        help_text=_(
            "Columns: employee_id, name, email, department, manager_id, job_title, grade, "
            "languages, location, time_zone, external, institution. Dutch column names work too."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )


class OrganisationSearchForm(forms.Form):
    q = forms.CharField(label=_("Search people"), required=False)
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput)
