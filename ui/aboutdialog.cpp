#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QLabel(this))
{
    setObjectName(u"AboutDialog"_s);
    setWindowTitle(tr("About Rasa Coach"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/rasa-coach.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Rasa Coach logo"));

    m_text->setObjectName(u"AboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(versionText() + licenceText());
    m_text->setMinimumWidth(440);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

QString AboutDialog::projectUrl()
{
    return QStringLiteral(COACH_HOMEPAGE_URL);
}

QString AboutDialog::versionText() const
{
    return u"<h2>Rasa Coach</h2><p>%1</p><p>%2<br>%3</p>"_s.arg(
        tr("Teach a Rasa chatbot by talking to it."),
        tr("Version %1").arg(QStringLiteral(COACH_VERSION)),
        tr("Built with Qt %1, running on Qt %2")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

QString AboutDialog::licenceText() const
{
    const QString link = u"<a href=\"%1\">%1</a>"_s.arg(projectUrl());
    return u"<p>%1</p><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        tr("Rasa Coach is free software under the Apache License 2.0."),
        tr("The bundled example bots (moodbot, formbot) are copied from Rasa "
           "(Copyright Rasa Technologies GmbH and contributors) under the Apache License 2.0."),
        tr("Libraries: Qt (LGPL-3.0), yaml-cpp (MIT), Graphviz (EPL-1.0)."),
        tr("Project page: %1").arg(link));
}

} // namespace Coach
