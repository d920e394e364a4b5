# Generated from ui/council_sessions_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 46e95ce5cb4630ae0b732352647b51e750a44c5ed0304ce4b21e242ec6387ac3
# uic: uic 6.11.3
# output-sha256: 524b8842f8eecf6e31cb1e736fb6e36a22400a2223e68924652f782c76c1ed6d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_sessions_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CouncilSessionsSection(object):
    def setupUi(self, CouncilSessionsSection):
        if not CouncilSessionsSection.objectName():
            CouncilSessionsSection.setObjectName(u"CouncilSessionsSection")
        CouncilSessionsSection.resize(1140, 700)
        self.sectionLayout = QVBoxLayout(CouncilSessionsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(CouncilSessionsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(CouncilSessionsSection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.hintLabel)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.yearLabel = QLabel(CouncilSessionsSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filtersLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(CouncilSessionsSection)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.yearCombo)

        self.stateLabel = QLabel(CouncilSessionsSection)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filtersLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(CouncilSessionsSection)
        self.stateCombo.setObjectName(u"stateCombo")
        self.stateCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.stateCombo)

        self.filtersSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)

        self.newSessionButton = QPushButton(CouncilSessionsSection)
        self.newSessionButton.setObjectName(u"newSessionButton")
        self.newSessionButton.setAutoDefault(False)

        self.filtersLayout.addWidget(self.newSessionButton)


        self.sectionLayout.addLayout(self.filtersLayout)

        self.splitter = QSplitter(CouncilSessionsSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionsView = QTableView(self.listPane)
        self.sessionsView.setObjectName(u"sessionsView")
        self.sessionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sessionsView.setAlternatingRowColors(True)
        self.sessionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sessionsView.setWordWrap(False)
        self.sessionsView.setTextElideMode(Qt.ElideRight)
        self.sessionsView.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.sessionsView.horizontalHeader().setStretchLastSection(True)
        self.sessionsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.sessionsView)

        self.statusLabel = QLabel(self.listPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.listLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(self.detailPane)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headingLabel.sizePolicy().hasHeightForWidth())
        self.headingLabel.setSizePolicy(sizePolicy)

        self.headingLayout.addWidget(self.headingLabel)

        self.postponeButton = QPushButton(self.detailPane)
        self.postponeButton.setObjectName(u"postponeButton")
        self.postponeButton.setAutoDefault(False)

        self.headingLayout.addWidget(self.postponeButton)

        self.suspendButton = QPushButton(self.detailPane)
        self.suspendButton.setObjectName(u"suspendButton")
        self.suspendButton.setAutoDefault(False)

        self.headingLayout.addWidget(self.suspendButton)

        self.cancelSessionButton = QPushButton(self.detailPane)
        self.cancelSessionButton.setObjectName(u"cancelSessionButton")
        self.cancelSessionButton.setAutoDefault(False)

        self.headingLayout.addWidget(self.cancelSessionButton)


        self.detailLayout.addLayout(self.headingLayout)

        self.stateInfoLabel = QLabel(self.detailPane)
        self.stateInfoLabel.setObjectName(u"stateInfoLabel")
        self.stateInfoLabel.setWordWrap(True)
        self.stateInfoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.stateInfoLabel)

        self.alertLabel = QLabel(self.detailPane)
        self.alertLabel.setObjectName(u"alertLabel")
        self.alertLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.alertLabel)

        self.warningLabel = QLabel(self.detailPane)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.warningLabel)

        self.messageLabel = QLabel(self.detailPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.messageLabel)

        self.detailTabs = QTabWidget(self.detailPane)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setProperty(u"layoutMemory", False)
        self.detailTabs.setDocumentMode(True)

        self.detailLayout.addWidget(self.detailTabs)

        self.detailLayout.setStretch(5, 1)
        self.splitter.addWidget(self.detailPane)

        self.sectionLayout.addWidget(self.splitter)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.stateLabel.setBuddy(self.stateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CouncilSessionsSection)

        self.detailTabs.setCurrentIndex(-1)

    # setupUi

    def retranslateUi(self, CouncilSessionsSection):
        self.titleLabel.setText(QCoreApplication.translate("CouncilSessionsSection", u"Sesiones de concejo", None))
        self.hintLabel.setText(QCoreApplication.translate("CouncilSessionsSection", u"Programaci\u00f3n, agenda, citaciones numeradas con su cargo de entrega, asistencia y qu\u00f3rum, votaciones, acuerdos y actas (Ley 27972, arts. 12-17; ROF art. 56).", None))
        self.yearLabel.setText(QCoreApplication.translate("CouncilSessionsSection", u"A&\u00f1o:", None))
        self.stateLabel.setText(QCoreApplication.translate("CouncilSessionsSection", u"E&stado:", None))
        self.newSessionButton.setText(QCoreApplication.translate("CouncilSessionsSection", u"&Nueva sesi\u00f3n", None))
#if QT_CONFIG(tooltip)
        self.newSessionButton.setToolTip(QCoreApplication.translate("CouncilSessionsSection", u"Programar una sesi\u00f3n: recibe el n\u00famero siguiente de su tipo en el a\u00f1o", None))
#endif // QT_CONFIG(tooltip)
        self.sessionsView.setProperty(u"emptyText", QCoreApplication.translate("CouncilSessionsSection", u"No hay sesiones en este a\u00f1o y estado. Programe una con \u00abNueva sesi\u00f3n\u00bb (Ctrl+N), o elija otro a\u00f1o.", None))
#if QT_CONFIG(accessibility)
        self.sessionsView.setAccessibleName(QCoreApplication.translate("CouncilSessionsSection", u"Sesiones", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.headingLabel.setText(QCoreApplication.translate("CouncilSessionsSection", u"Ninguna sesi\u00f3n seleccionada", None))
        self.postponeButton.setText(QCoreApplication.translate("CouncilSessionsSection", u"&Postergar\u2026", None))
#if QT_CONFIG(tooltip)
        self.postponeButton.setToolTip(QCoreApplication.translate("CouncilSessionsSection", u"A pedido de dos tercios de los regidores, una sola vez, de 3 a 5 d\u00edas h\u00e1biles despu\u00e9s", None))
#endif // QT_CONFIG(tooltip)
        self.suspendButton.setText(QCoreApplication.translate("CouncilSessionsSection", u"S&uspender\u2026", None))
#if QT_CONFIG(tooltip)
        self.suspendButton.setToolTip(QCoreApplication.translate("CouncilSessionsSection", u"Suspender la sesi\u00f3n: no se realiza en la fecha", None))
#endif // QT_CONFIG(tooltip)
        self.cancelSessionButton.setText(QCoreApplication.translate("CouncilSessionsSection", u"Ca&ncelar\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelSessionButton.setToolTip(QCoreApplication.translate("CouncilSessionsSection", u"Cancelar la sesi\u00f3n: no se realizar\u00e1; conserva su n\u00famero", None))
#endif // QT_CONFIG(tooltip)
        self.stateInfoLabel.setText("")
        self.alertLabel.setStyleSheet(QCoreApplication.translate("CouncilSessionsSection", u"background: #f8d7da; color: #842029; border: 1px solid #d9a0a6; border-radius: 3px; padding: 6px;", None))
        self.alertLabel.setText("")
        self.warningLabel.setStyleSheet(QCoreApplication.translate("CouncilSessionsSection", u"background: #fff3cd; color: #664d03; border: 1px solid #e0b84a; border-radius: 3px; padding: 6px;", None))
        self.warningLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilSessionsSection", u"color: #a40000;", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi
