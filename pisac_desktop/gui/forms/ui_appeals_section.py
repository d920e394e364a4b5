# Generated from ui/appeals_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: fd512038bae3a39411d92a3ffee90e405ea85779fe84ec3b4e1b56ee70346c19
# uic: uic 6.11.3
# output-sha256: c09001e56ca118bfc8f65dbdd47009c1fdd0c081249d9319333b6053a7270771
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeals_section.ui'
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
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_AppealsSection(object):
    def setupUi(self, AppealsSection):
        if not AppealsSection.objectName():
            AppealsSection.setObjectName(u"AppealsSection")
        AppealsSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(AppealsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(AppealsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AppealsSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(AppealsSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(AppealsSection)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.monthLabel = QLabel(AppealsSection)
        self.monthLabel.setObjectName(u"monthLabel")

        self.filterLayout.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(AppealsSection)
        self.monthCombo.setObjectName(u"monthCombo")

        self.filterLayout.addWidget(self.monthCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.tabs = QTabWidget(AppealsSection)
        self.tabs.setObjectName(u"tabs")
        self.appealsTab = QWidget()
        self.appealsTab.setObjectName(u"appealsTab")
        self.appealsLayout = QVBoxLayout(self.appealsTab)
        self.appealsLayout.setObjectName(u"appealsLayout")
        self.appealsButtons = QHBoxLayout()
        self.appealsButtons.setObjectName(u"appealsButtons")
        self.appealsNewButton = QPushButton(self.appealsTab)
        self.appealsNewButton.setObjectName(u"appealsNewButton")

        self.appealsButtons.addWidget(self.appealsNewButton)

        self.appealsReceiveButton = QPushButton(self.appealsTab)
        self.appealsReceiveButton.setObjectName(u"appealsReceiveButton")

        self.appealsButtons.addWidget(self.appealsReceiveButton)

        self.appealsDraftButton = QPushButton(self.appealsTab)
        self.appealsDraftButton.setObjectName(u"appealsDraftButton")

        self.appealsButtons.addWidget(self.appealsDraftButton)

        self.appealsDecidedButton = QPushButton(self.appealsTab)
        self.appealsDecidedButton.setObjectName(u"appealsDecidedButton")

        self.appealsButtons.addWidget(self.appealsDecidedButton)

        self.appealsRegisterButton = QPushButton(self.appealsTab)
        self.appealsRegisterButton.setObjectName(u"appealsRegisterButton")

        self.appealsButtons.addWidget(self.appealsRegisterButton)

        self.appealsExcelButton = QPushButton(self.appealsTab)
        self.appealsExcelButton.setObjectName(u"appealsExcelButton")

        self.appealsButtons.addWidget(self.appealsExcelButton)

        self.appealsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appealsButtons.addItem(self.appealsSpacer)


        self.appealsLayout.addLayout(self.appealsButtons)

        self.appealsSplitter = QSplitter(self.appealsTab)
        self.appealsSplitter.setObjectName(u"appealsSplitter")
        self.appealsSplitter.setOrientation(Qt.Horizontal)
        self.appealsSplitter.setChildrenCollapsible(False)
        self.appealsView = QTableView(self.appealsSplitter)
        self.appealsView.setObjectName(u"appealsView")
        self.appealsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.appealsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.appealsView.setAlternatingRowColors(True)
        self.appealsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.appealsView.setWordWrap(False)
        self.appealsSplitter.addWidget(self.appealsView)
        self.appealsBrowser = QTextBrowser(self.appealsSplitter)
        self.appealsBrowser.setObjectName(u"appealsBrowser")
        self.appealsBrowser.setOpenLinks(False)
        self.appealsSplitter.addWidget(self.appealsBrowser)

        self.appealsLayout.addWidget(self.appealsSplitter)

        self.appealsFigures = QLabel(self.appealsTab)
        self.appealsFigures.setObjectName(u"appealsFigures")
        self.appealsFigures.setWordWrap(True)

        self.appealsLayout.addWidget(self.appealsFigures)

        self.appealsLayout.setStretch(1, 1)
        self.tabs.addTab(self.appealsTab, "")
        self.complaintsTab = QWidget()
        self.complaintsTab.setObjectName(u"complaintsTab")
        self.complaintsLayout = QVBoxLayout(self.complaintsTab)
        self.complaintsLayout.setObjectName(u"complaintsLayout")
        self.complaintsButtons = QHBoxLayout()
        self.complaintsButtons.setObjectName(u"complaintsButtons")
        self.complaintsNewButton = QPushButton(self.complaintsTab)
        self.complaintsNewButton.setObjectName(u"complaintsNewButton")

        self.complaintsButtons.addWidget(self.complaintsNewButton)

        self.complaintsReceiveButton = QPushButton(self.complaintsTab)
        self.complaintsReceiveButton.setObjectName(u"complaintsReceiveButton")

        self.complaintsButtons.addWidget(self.complaintsReceiveButton)

        self.complaintsMeasuresButton = QPushButton(self.complaintsTab)
        self.complaintsMeasuresButton.setObjectName(u"complaintsMeasuresButton")

        self.complaintsButtons.addWidget(self.complaintsMeasuresButton)

        self.complaintsAnswerButton = QPushButton(self.complaintsTab)
        self.complaintsAnswerButton.setObjectName(u"complaintsAnswerButton")

        self.complaintsButtons.addWidget(self.complaintsAnswerButton)

        self.complaintsSheetButton = QPushButton(self.complaintsTab)
        self.complaintsSheetButton.setObjectName(u"complaintsSheetButton")

        self.complaintsButtons.addWidget(self.complaintsSheetButton)

        self.complaintsRegisterButton = QPushButton(self.complaintsTab)
        self.complaintsRegisterButton.setObjectName(u"complaintsRegisterButton")

        self.complaintsButtons.addWidget(self.complaintsRegisterButton)

        self.complaintsExcelButton = QPushButton(self.complaintsTab)
        self.complaintsExcelButton.setObjectName(u"complaintsExcelButton")

        self.complaintsButtons.addWidget(self.complaintsExcelButton)

        self.complaintsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.complaintsButtons.addItem(self.complaintsSpacer)


        self.complaintsLayout.addLayout(self.complaintsButtons)

        self.complaintsSplitter = QSplitter(self.complaintsTab)
        self.complaintsSplitter.setObjectName(u"complaintsSplitter")
        self.complaintsSplitter.setOrientation(Qt.Horizontal)
        self.complaintsSplitter.setChildrenCollapsible(False)
        self.complaintsView = QTableView(self.complaintsSplitter)
        self.complaintsView.setObjectName(u"complaintsView")
        self.complaintsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.complaintsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.complaintsView.setAlternatingRowColors(True)
        self.complaintsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.complaintsView.setWordWrap(False)
        self.complaintsSplitter.addWidget(self.complaintsView)
        self.complaintsBrowser = QTextBrowser(self.complaintsSplitter)
        self.complaintsBrowser.setObjectName(u"complaintsBrowser")
        self.complaintsBrowser.setOpenLinks(False)
        self.complaintsSplitter.addWidget(self.complaintsBrowser)

        self.complaintsLayout.addWidget(self.complaintsSplitter)

        self.complaintsFigures = QLabel(self.complaintsTab)
        self.complaintsFigures.setObjectName(u"complaintsFigures")
        self.complaintsFigures.setWordWrap(True)

        self.complaintsLayout.addWidget(self.complaintsFigures)

        self.complaintsLayout.setStretch(1, 1)
        self.tabs.addTab(self.complaintsTab, "")

        self.sectionLayout.addWidget(self.tabs)

        self.statusLabel = QLabel(AppealsSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.monthLabel.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppealsSection)
    # setupUi

    def retranslateUi(self, AppealsSection):
        self.titleLabel.setText(QCoreApplication.translate("AppealsSection", u"Recursos y reclamos", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AppealsSection", u"Recursos de reconsideraci\u00f3n y apelaci\u00f3n contra los actos del registro (15 d\u00edas h\u00e1biles desde su notificaci\u00f3n para presentarlos, 30 para resolverlos; TUO de la Ley 27444, arts. 218-220) y el libro de reclamaciones, que la Gerencia Municipal atiende (ROF art. 32).", None))
        self.yearLabel.setText(QCoreApplication.translate("AppealsSection", u"&A\u00f1o:", None))
        self.monthLabel.setText(QCoreApplication.translate("AppealsSection", u"&Mes de los reclamos:", None))
        self.appealsNewButton.setText(QCoreApplication.translate("AppealsSection", u"&Registrar recurso\u2026", None))
        self.appealsReceiveButton.setText(QCoreApplication.translate("AppealsSection", u"Re&cibir", None))
        self.appealsDraftButton.setText(QCoreApplication.translate("AppealsSection", u"Redactar &resoluci\u00f3n\u2026", None))
        self.appealsDecidedButton.setText(QCoreApplication.translate("AppealsSection", u"Registrar &decisi\u00f3n\u2026", None))
        self.appealsRegisterButton.setText(QCoreApplication.translate("AppealsSection", u"Re&gistro (PDF)\u2026", None))
        self.appealsExcelButton.setText(QCoreApplication.translate("AppealsSection", u"E&xcel\u2026", None))
#if QT_CONFIG(accessibility)
        self.appealsView.setAccessibleName(QCoreApplication.translate("AppealsSection", u"Recursos", None))
#endif // QT_CONFIG(accessibility)
        self.appealsView.setProperty(u"emptyText", QCoreApplication.translate("AppealsSection", u"No hay recursos con estos filtros. Un recurso nuevo se registra con \u00abRegistrar recurso\u2026\u00bb.", None))
        self.appealsFigures.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.appealsTab), QCoreApplication.translate("AppealsSection", u"&Recursos", None))
        self.complaintsNewButton.setText(QCoreApplication.translate("AppealsSection", u"&Nuevo reclamo\u2026", None))
        self.complaintsReceiveButton.setText(QCoreApplication.translate("AppealsSection", u"Reci&bir", None))
        self.complaintsMeasuresButton.setText(QCoreApplication.translate("AppealsSection", u"&Medidas adoptadas\u2026", None))
        self.complaintsAnswerButton.setText(QCoreApplication.translate("AppealsSection", u"Res&ponder\u2026", None))
        self.complaintsSheetButton.setText(QCoreApplication.translate("AppealsSection", u"&Imprimir hoja\u2026", None))
        self.complaintsRegisterButton.setText(QCoreApplication.translate("AppealsSection", u"Regis&tro (PDF)\u2026", None))
        self.complaintsExcelButton.setText(QCoreApplication.translate("AppealsSection", u"Exc&el\u2026", None))
#if QT_CONFIG(accessibility)
        self.complaintsView.setAccessibleName(QCoreApplication.translate("AppealsSection", u"Reclamos del libro de reclamaciones", None))
#endif // QT_CONFIG(accessibility)
        self.complaintsView.setProperty(u"emptyText", QCoreApplication.translate("AppealsSection", u"No hay reclamos con estos filtros. Uno nuevo se registra con \u00abNuevo reclamo\u2026\u00bb (Ctrl+N).", None))
        self.complaintsFigures.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.complaintsTab), QCoreApplication.translate("AppealsSection", u"&Libro de reclamaciones", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
