"""Everything a pair writes or answers is encrypted: reasons, places, contract-check answers and
the log's "who talked most" and topics. Pauses and endings get a category (what the program
manager sees); the reasons stored so far stay, encrypted, for the pair, and are removed from the
transitions that copied them."""

import django.core.validators
import revmentor.core.crypto
from django.db import migrations, models

from revmentor.core.migration_ops import encrypt_existing


def copy_log_topics(apps, schema_editor):
    MeetingLog = apps.get_model("mentorships", "MeetingLog")
    for log in MeetingLog.objects.prefetch_related("topics").only("pk"):
        ids = sorted(topic.pk for topic in log.topics.all())
        if ids:
            log.topic_ids = ids
            log.save(update_fields=["topic_ids"])


def copy_log_topics_back(apps, schema_editor):
    MeetingLog = apps.get_model("mentorships", "MeetingLog")
    for log in MeetingLog.objects.only("pk", "topic_ids"):
        log.topics.set(log.topic_ids)


def categories_for_earlier_reasons(apps, schema_editor):
    Mentorship = apps.get_model("mentorships", "Mentorship")
    Transition = apps.get_model("mentorships", "Transition")
    Mentorship.objects.exclude(pause_reason="").update(pause_category="other")
    Mentorship.objects.exclude(end_reason="").update(end_category="other")
    # These notes held the pause or end reason as the partner wrote it.
    Transition.objects.filter(to_state__in=["paused", "ended"]).update(note="other")


class Migration(migrations.Migration):

    dependencies = [
        ('mentorships', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='meetinglog',
            name='topic_ids',
            field=revmentor.core.crypto.EncryptedJSONField(blank=True, default=list, verbose_name='topics covered'),
        ),
        migrations.AddField(
            model_name='mentorship',
            name='end_category',
            field=models.CharField(blank=True, choices=[('goals', 'Our goals are reached'), ('time', 'Not enough time'), ('fit', 'Not a good match'), ('leaving', 'Leaving the organisation or the program'), ('other', 'Something else')], max_length=16, verbose_name='why ended'),
        ),
        migrations.AddField(
            model_name='mentorship',
            name='pause_category',
            field=models.CharField(blank=True, choices=[('workload', 'Workload or deadlines'), ('leave', 'Leave or holiday'), ('personal', 'Health or personal circumstances'), ('role', 'A change of role or team'), ('other', 'Something else')], max_length=16, verbose_name='why paused'),
        ),
        migrations.RunPython(copy_log_topics, copy_log_topics_back),
        migrations.RunPython(categories_for_earlier_reasons, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='contractcheck',
            name='acquainted',
            field=revmentor.core.crypto.EncryptedBooleanField(verbose_name='we got acquainted'),
        ),
        migrations.AlterField(
            model_name='contractcheck',
            name='approach_agreed',
            field=revmentor.core.crypto.EncryptedBooleanField(verbose_name='the approach is agreed'),
        ),
        migrations.AlterField(
            model_name='contractcheck',
            name='enough_trust',
            field=revmentor.core.crypto.EncryptedBooleanField(verbose_name='there is enough mutual trust to start'),
        ),
        migrations.AlterField(
            model_name='contractcheck',
            name='expectations_clear',
            field=revmentor.core.crypto.EncryptedBooleanField(verbose_name='expectations are clear'),
        ),
        migrations.AlterField(
            model_name='contractcheck',
            name='ground_rules_accepted',
            field=revmentor.core.crypto.EncryptedBooleanField(verbose_name='the ground rules and confidentiality are accepted'),
        ),
        migrations.AlterField(
            model_name='contractcheck',
            name='reason',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, choices=[('trust', 'Not enough mutual trust'), ('expectations', 'Expectations did not match'), ('practical', 'Practical reasons (time, place)')], max_length=16, verbose_name='main reason, if not'),
        ),
        migrations.AlterField(
            model_name='meeting',
            name='cancel_reason',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, max_length=300, verbose_name='why cancelled'),
        ),
        migrations.AlterField(
            model_name='meeting',
            name='location',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, max_length=300, verbose_name='place'),
        ),
        migrations.AlterField(
            model_name='meeting',
            name='shadow_title',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, max_length=200, verbose_name='meeting attended'),
        ),
        migrations.AlterField(
            model_name='meetingchange',
            name='reason',
            field=revmentor.core.crypto.EncryptedTextField(max_length=300, verbose_name='why'),
        ),
        migrations.AlterField(
            model_name='meetinglog',
            name='most_talking',
            field=revmentor.core.crypto.EncryptedTextField(choices=[('me', 'Me'), ('balanced', 'Balanced'), ('partner', 'My partner')], max_length=8, verbose_name='who did most of the talking'),
        ),
        migrations.AlterField(
            model_name='mentorship',
            name='decline_reason',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, verbose_name='why the senior asked for another match'),
        ),
        migrations.AlterField(
            model_name='mentorship',
            name='end_reason',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, max_length=300, verbose_name='a word for your partner'),
        ),
        migrations.AlterField(
            model_name='mentorship',
            name='pause_reason',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, max_length=300, verbose_name='a word for your partner'),
        ),
        migrations.AlterField(
            model_name="meeting",
            name="video_link",
            field=revmentor.core.crypto.EncryptedTextField(
                blank=True,
                max_length=200,
                validators=[django.core.validators.URLValidator()],
                verbose_name="video link",
            ),
        ),
        encrypt_existing(
            "mentorships",
            "ContractCheck",
            {
                "acquainted": "bool",
                "expectations_clear": "bool",
                "approach_agreed": "bool",
                "ground_rules_accepted": "bool",
                "enough_trust": "bool",
                "reason": "text",
            },
        ),
        encrypt_existing(
            "mentorships",
            "Meeting",
            {
                "location": "text",
                "shadow_title": "text",
                "cancel_reason": "text",
                "video_link": "text",
            },
        ),
        encrypt_existing("mentorships", "MeetingChange", {"reason": "text"}),
        encrypt_existing("mentorships", "MeetingLog", {"most_talking": "text"}),
        encrypt_existing(
            "mentorships",
            "Mentorship",
            {"decline_reason": "text", "pause_reason": "text", "end_reason": "text"},
        ),
        migrations.RemoveField(
            model_name='meetinglog',
            name='topics',
        ),
    ]
