"""Charters written from the templates promised that the program manager sees check-in scores.

The program manager never did see them and now sees only patterns over several answers; charters
that still hold the template's old sentence get the new one (a charter the program manager has
reworded keeps its wording)."""

from django.db import migrations

OLD_EN = (
    "- The program manager sees metadata only: that a meeting was planned or held, check-in"
    " scores and attendance at training sessions. Never the content of conversations or"
    " notes, unless a participant chooses to share it."
)
NEW_EN = (
    "- The program manager sees metadata only: that a meeting was planned or held and"
    " attendance at training sessions, and that a pair may need attention when check-ins"
    " from at least two different meetings or months show the same pattern. Never a"
    " check-in answer or who gave it, never the content of conversations or notes, unless"
    " a participant chooses to share it."
)
OLD_NL = (
    "- De programmamanager ziet alleen metagegevens: dat een gesprek gepland of gehouden is,"
    " de scores van de check-ins en de deelname aan trainingen. Nooit de inhoud van gesprekken"
    " of notities, tenzij een deelnemer die zelf deelt."
)
NEW_NL = (
    "- De programmamanager ziet alleen metagegevens: dat een gesprek gepland of gehouden is"
    " en de deelname aan trainingen, en dat een duo misschien aandacht nodig heeft als"
    " check-ins van minstens twee verschillende gesprekken of maanden hetzelfde patroon"
    " laten zien. Nooit een antwoord op een check-in of wie het gaf, nooit de inhoud van"
    " gesprekken of notities, tenzij een deelnemer die zelf deelt."
)


def replace_sentence(apps, schema_editor):
    Program = apps.get_model("programs", "Program")
    for program in Program.objects.filter(confidentiality_rules__contains="check-in"):
        text = program.confidentiality_rules.replace(OLD_EN, NEW_EN).replace(OLD_NL, NEW_NL)
        if text != program.confidentiality_rules:
            program.confidentiality_rules = text
            program.save(update_fields=["confidentiality_rules"])


class Migration(migrations.Migration):
    dependencies = [("programs", "0002_program_shared_profile_fields")]

    operations = [migrations.RunPython(replace_sentence, migrations.RunPython.noop)]
