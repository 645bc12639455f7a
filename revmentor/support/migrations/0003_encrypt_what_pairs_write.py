"""Check-in answers are encrypted like notes."""

import django.core.validators
import revmentor.core.crypto
from django.db import migrations

from revmentor.core.migration_ops import encrypt_existing


class Migration(migrations.Migration):

    dependencies = [
        ('support', '0002_attention_rules_over_answers_fixed'),
    ]

    operations = [
        migrations.AlterField(
            model_name='checkin',
            name='as_planned',
            field=revmentor.core.crypto.EncryptedBooleanField(blank=True, null=True, verbose_name='it happened as planned'),
        ),
        migrations.AlterField(
            model_name='checkin',
            name='covered_topic',
            field=revmentor.core.crypto.EncryptedBooleanField(blank=True, null=True, verbose_name='we covered the agreed topic'),
        ),
        migrations.AlterField(
            model_name='checkin',
            name='most_talking',
            field=revmentor.core.crypto.EncryptedTextField(blank=True, choices=[('me', 'Me'), ('balanced', 'Balanced'), ('partner', 'My partner')], max_length=8, verbose_name='who did most of the talking'),
        ),
        migrations.AlterField(
            model_name='checkin',
            name='openness',
            field=revmentor.core.crypto.EncryptedSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name='I could say what I really think'),
        ),
        migrations.AlterField(
            model_name='checkin',
            name='trust',
            field=revmentor.core.crypto.EncryptedSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name='I trust that what I share stays between us'),
        ),
        migrations.AlterField(
            model_name='checkin',
            name='value',
            field=revmentor.core.crypto.EncryptedSmallIntegerField(validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name='value'),
        ),
        encrypt_existing(
            "support",
            "CheckIn",
            {
                "as_planned": "bool",
                "most_talking": "text",
                "covered_topic": "bool",
                "openness": "int",
                "trust": "int",
                "value": "int",
            },
        ),
    ]
