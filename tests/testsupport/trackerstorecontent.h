#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace Coach::TestSupport::TrackerStoreContent {

//! What a bot in the generated stores knows and what its users say.
struct Intent
{
    QString name;
    QStringList texts; //!< templates; {cuisine} and {city} become entities
    QStringList responses; //!< the actions that answer it (utter_ ones write a bot row)
};

const QList<Intent> &intents();
//! The bot text of an utter_ action.
QString responseText(const QString &action);
//! 0–3 extra words, so that texts differ (and a rare word is a good search).
QString extraWords(QRandomGenerator &random);
QString cuisine(QRandomGenerator &random);
QString city(QRandomGenerator &random);
//! A sender id: mostly uuid-like hex, some with %, _, and letters beyond ASCII.
QString senderId(QRandomGenerator &random, int index);
//! A stable 64-bit intent id as Rasa 2.8 writes it.
qint64 intentId(const QString &name);

} // namespace Coach::TestSupport::TrackerStoreContent
