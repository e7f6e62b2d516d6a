#pragma once
// The search filter that selects the releases naming an entity, e.g. agency:"National Crime Agency". One place for
// the lists, the document view, entity pages and the heat map, so that they all write the same query.

#include <QString>

#include "core/document.hpp"

namespace bulletin::app {

inline QString entityFilter(EntityType type, QString name) {
    name.replace(QLatin1Char('"'), QLatin1Char('\''));  // a quote would end the value early
    return QString::fromLatin1(toString(type)) + QStringLiteral(":\"") + name + QLatin1Char('"');
}

}  // namespace bulletin::app
