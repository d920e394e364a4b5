# Generated from ui/council_agenda_tab.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: e9298078208f442b441edac65a8a8fe77384d45377511843964c890d24917ebc
# uic: uic 6.11.3
# output-sha256: 03fbcee93b159690d74fec17b4cf0e958492d193042735a2fd2151b3c6c519ed
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_agenda_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CouncilAgendaTab(object):
    def setupUi(self, CouncilAgendaTab):
        if not CouncilAgendaTab.objectName():
            CouncilAgendaTab.setObjectName(u"CouncilAgendaTab")
        CouncilAgendaTab.resize(700, 480)
        self.tabLayout = QVBoxLayout(CouncilAgendaTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(4, -1, 4, -1)
        self.frozenLabel = QLabel(CouncilAgendaTab)
        self.frozenLabel.setObjectName(u"frozenLabel")
        self.frozenLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.frozenLabel)

        self.agendaView = QTableView(CouncilAgendaTab)
        self.agendaView.setObjectName(u"agendaView")
        self.agendaView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.agendaView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.agendaView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.agendaView.setWordWrap(False)
        self.agendaView.horizontalHeader().setStretchLastSection(False)
        self.agendaView.verticalHeader().setVisible(False)

        self.tabLayout.addWidget(self.agendaView)

        self.agendaMessageLabel = QLabel(CouncilAgendaTab)
        self.agendaMessageLabel.setObjectName(u"agendaMessageLabel")
        self.agendaMessageLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.agendaMessageLabel)

        self.agendaButtonsLayout = QHBoxLayout()
        self.agendaButtonsLayout.setObjectName(u"agendaButtonsLayout")
        self.addItemButton = QPushButton(CouncilAgendaTab)
        self.addItemButton.setObjectName(u"addItemButton")
        self.addItemButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.addItemButton)

        self.editItemButton = QPushButton(CouncilAgendaTab)
        self.editItemButton.setObjectName(u"editItemButton")
        self.editItemButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.editItemButton)

        self.removeItemButton = QPushButton(CouncilAgendaTab)
        self.removeItemButton.setObjectName(u"removeItemButton")
        self.removeItemButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.removeItemButton)

        self.agendaSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtonsLayout.addItem(self.agendaSpacer)

        self.moveUpButton = QPushButton(CouncilAgendaTab)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(CouncilAgendaTab)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.agendaButtonsLayout.addWidget(self.moveDownButton)


        self.tabLayout.addLayout(self.agendaButtonsLayout)

        self.tabLayout.setStretch(1, 1)

        self.retranslateUi(CouncilAgendaTab)
    # setupUi

    def retranslateUi(self, CouncilAgendaTab):
        self.frozenLabel.setStyleSheet(QCoreApplication.translate("CouncilAgendaTab", u"background: #e7f1ff; color: #084298; border: 1px solid #9ec5fe; border-radius: 3px; padding: 6px;", None))
        self.frozenLabel.setText("")
        self.agendaView.setProperty(u"emptyText", QCoreApplication.translate("CouncilAgendaTab", u"La agenda est\u00e1 vac\u00eda. Agregue el primer punto con \u00abAgregar punto\u2026\u00bb.", None))
#if QT_CONFIG(accessibility)
        self.agendaView.setAccessibleName(QCoreApplication.translate("CouncilAgendaTab", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.agendaMessageLabel.setStyleSheet(QCoreApplication.translate("CouncilAgendaTab", u"color: #a40000;", None))
        self.agendaMessageLabel.setText("")
        self.addItemButton.setText(QCoreApplication.translate("CouncilAgendaTab", u"&Agregar punto\u2026", None))
        self.editItemButton.setText(QCoreApplication.translate("CouncilAgendaTab", u"&Modificar\u2026", None))
        self.removeItemButton.setText(QCoreApplication.translate("CouncilAgendaTab", u"&Quitar", None))
        self.moveUpButton.setText(QCoreApplication.translate("CouncilAgendaTab", u"&Subir", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("CouncilAgendaTab", u"Antes en su estaci\u00f3n de la agenda", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("CouncilAgendaTab", u"&Bajar", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("CouncilAgendaTab", u"Despu\u00e9s en su estaci\u00f3n de la agenda", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
