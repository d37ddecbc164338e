#include "inboxfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QStringList names(const QLineEdit *edit)
{
    QStringList list;
    for (const QString &part : edit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

std::optional<double> seconds(const QCheckBox *on, const QDateTimeEdit *edit)
{
    if (!on->isChecked())
        return std::nullopt;
    return static_cast<double>(edit->dateTime().toMSecsSinceEpoch()) / 1000.0;
}

void showSeconds(QCheckBox *on, QDateTimeEdit *edit, const std::optional<double> &value)
{
    on->setChecked(value.has_value());
    if (value)
        edit->setDateTime(QDateTime::fromMSecsSinceEpoch(qint64(*value * 1000)).toLocalTime());
}

} // namespace

InboxFilterBar::InboxFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"InboxFilterBar"_s);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    createFields();
    layoutFields();
    watch();
}

void InboxFilterBar::createFields()
{
    const auto line = [this](const QString &placeholder, const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        edit->setAccessibleName(name);
        return edit;
    };
    m_intents = line(tr("any intent; a, b = either"), tr("Intents"));
    m_actions = line(tr("any action; a, b = either"), tr("Actions"));
    m_text = line(tr("text in a user message"), tr("Text"));
    m_tags = line(tr("any tag; a, b = either"), tr("Tags"));
    m_belowOn = new QCheckBox(tr("Confidence below"), this);
    m_below = new QDoubleSpinBox(this);
    m_below->setRange(0, 1);
    m_below->setSingleStep(0.05);
    m_below->setValue(0.5);
    m_sinceOn = new QCheckBox(tr("Active since"), this);
    m_untilOn = new QCheckBox(tr("until"), this);
    const QDateTime now = QDateTime::currentDateTime();
    m_since = new QDateTimeEdit(now.addDays(-7), this);
    m_until = new QDateTimeEdit(now, this);
    for (QDateTimeEdit *edit : {m_since, m_until})
        edit->setCalendarPopup(true);
    m_minTurns = new QSpinBox(this);
    m_minTurns->setRange(0, 100000);
    m_minTurns->setAccessibleName(tr("Minimum user turns"));
    m_review = new QComboBox(this);
    m_review->addItems({tr("all conversations"), tr("not reviewed"), tr("reviewed")});
    m_review->setAccessibleName(tr("Review state"));
}

void InboxFilterBar::layoutFields()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("Intents:"), m_intents), 0, 0);
    grid->addWidget(m_intents, 0, 1);
    grid->addWidget(label(tr("Actions:"), m_actions), 0, 2);
    grid->addWidget(m_actions, 0, 3);
    grid->addWidget(label(tr("Text:"), m_text), 1, 0);
    grid->addWidget(m_text, 1, 1);
    grid->addWidget(label(tr("Tags:"), m_tags), 1, 2);
    grid->addWidget(m_tags, 1, 3);
    grid->addWidget(m_belowOn, 2, 0);
    grid->addWidget(m_below, 2, 1);
    grid->addWidget(label(tr("At least turns:"), m_minTurns), 2, 2);
    grid->addWidget(m_minTurns, 2, 3);
    grid->addWidget(m_sinceOn, 3, 0);
    grid->addWidget(m_since, 3, 1);
    grid->addWidget(m_untilOn, 3, 2);
    grid->addWidget(m_until, 3, 3);
    grid->addWidget(label(tr("Show:"), m_review), 4, 0);
    grid->addWidget(m_review, 4, 1);
}

void InboxFilterBar::watch()
{
    for (QLineEdit *edit : {m_intents, m_actions, m_text, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &InboxFilterBar::schedule);
    for (QCheckBox *box : {m_belowOn, m_sinceOn, m_untilOn})
        connect(box, &QCheckBox::toggled, this, &InboxFilterBar::schedule);
    connect(m_below, &QDoubleSpinBox::valueChanged, this, &InboxFilterBar::schedule);
    connect(m_minTurns, &QSpinBox::valueChanged, this, &InboxFilterBar::schedule);
    for (QDateTimeEdit *edit : {m_since, m_until})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &InboxFilterBar::schedule);
    connect(m_review, &QComboBox::currentIndexChanged, this, &InboxFilterBar::schedule);
}

void InboxFilterBar::schedule()
{
    if (m_loading)
        return;
    if (m_timer.interval() == 0)
        Q_EMIT filterChanged(filter());
    else
        m_timer.start();
}

InboxFilter InboxFilterBar::filter() const
{
    InboxFilter filter;
    filter.intents = names(m_intents);
    filter.actions = names(m_actions);
    filter.text = m_text->text();
    filter.tags = names(m_tags);
    if (m_belowOn->isChecked())
        filter.below = m_below->value();
    filter.since = seconds(m_sinceOn, m_since);
    filter.until = seconds(m_untilOn, m_until);
    filter.minTurns = m_minTurns->value();
    filter.review = static_cast<InboxFilter::Review>(m_review->currentIndex());
    return filter;
}

void InboxFilterBar::setFilter(const InboxFilter &filter)
{
    m_loading = true;
    m_intents->setText(filter.intents.join(u", "_s));
    m_actions->setText(filter.actions.join(u", "_s));
    m_text->setText(filter.text);
    m_tags->setText(filter.tags.join(u", "_s));
    m_belowOn->setChecked(filter.below.has_value());
    m_below->setValue(filter.below.value_or(0.5));
    showSeconds(m_sinceOn, m_since, filter.since);
    showSeconds(m_untilOn, m_until, filter.until);
    m_minTurns->setValue(filter.minTurns);
    m_review->setCurrentIndex(static_cast<int>(filter.review));
    m_loading = false;
}

} // namespace Coach
