# Generated from ui/tramite_documents_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 20e390a1d05e2498c57bc2dd592d21fde82ed41a2cb00d5148123a34a74ca60e
# uic: uic 6.11.3
# output-sha256: d8cb16922fc7e6c1e929fc0f3ec5f22281915daa244303df85ed6c15b3bae4e7
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_documents_section.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_TramiteDocumentsSection(object):
    def setupUi(self, TramiteDocumentsSection):
        if not TramiteDocumentsSection.objectName():
            TramiteDocumentsSection.setObjectName(u"TramiteDocumentsSection")
        TramiteDocumentsSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(TramiteDocumentsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(TramiteDocumentsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(TramiteDocumentsSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.unitLabel = QLabel(TramiteDocumentsSection)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(TramiteDocumentsSection)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(24)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.unitCombo)

        self.yearLabel = QLabel(TramiteDocumentsSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(TramiteDocumentsSection)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.kindLabel = QLabel(TramiteDocumentsSection)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(TramiteDocumentsSection)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.searchEdit = QLineEdit(TramiteDocumentsSection)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMaxLength(120)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.sectionLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(TramiteDocumentsSection)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(TramiteDocumentsSection)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.issueButton = QPushButton(TramiteDocumentsSection)
        self.issueButton.setObjectName(u"issueButton")

        self.buttonLayout.addWidget(self.issueButton)

        self.printButton = QPushButton(TramiteDocumentsSection)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.cedulaButton = QPushButton(TramiteDocumentsSection)
        self.cedulaButton.setObjectName(u"cedulaButton")

        self.buttonLayout.addWidget(self.cedulaButton)

        self.annulButton = QPushButton(TramiteDocumentsSection)
        self.annulButton.setObjectName(u"annulButton")

        self.buttonLayout.addWidget(self.annulButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.sectionLayout.addLayout(self.buttonLayout)

        self.documentsView = QTableView(TramiteDocumentsSection)
        self.documentsView.setObjectName(u"documentsView")
        self.documentsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documentsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.documentsView.setAlternatingRowColors(True)
        self.documentsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.documentsView.setWordWrap(False)

        self.sectionLayout.addWidget(self.documentsView)

        self.statusLabel = QLabel(TramiteDocumentsSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.cedulaButton)
        QWidget.setTabOrder(self.cedulaButton, self.annulButton)
        QWidget.setTabOrder(self.annulButton, self.documentsView)

        self.retranslateUi(TramiteDocumentsSection)
    # setupUi

    def retranslateUi(self, TramiteDocumentsSection):
        self.titleLabel.setText(QCoreApplication.translate("TramiteDocumentsSection", u"Documentos de la unidad", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TramiteDocumentsSection", u"Oficios, cartas, informes, memor\u00e1ndums, constancias y certificaciones de la unidad: se redactan como borrador, se emiten con su n\u00famero del a\u00f1o (que no se repite ni se pierde), se imprimen para la firma y, si responden a un expediente, se notifican con c\u00e9dula.", None))
        self.unitLabel.setText(QCoreApplication.translate("TramiteDocumentsSection", u"&Unidad:", None))
        self.yearLabel.setText(QCoreApplication.translate("TramiteDocumentsSection", u"&A\u00f1o:", None))
        self.kindLabel.setText(QCoreApplication.translate("TramiteDocumentsSection", u"&Clase:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("TramiteDocumentsSection", u"Buscar documentos de la unidad", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TramiteDocumentsSection", u"Buscar por n\u00famero, destinatario o asunto; Intro busca", None))
        self.newButton.setText(QCoreApplication.translate("TramiteDocumentsSection", u"&Nuevo\u2026", None))
        self.editButton.setText(QCoreApplication.translate("TramiteDocumentsSection", u"&Editar borrador\u2026", None))
        self.issueButton.setText(QCoreApplication.translate("TramiteDocumentsSection", u"E&mitir", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("TramiteDocumentsSection", u"Da el n\u00famero del a\u00f1o y la fecha de hoy; el texto ya no se modifica.", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("TramiteDocumentsSection", u"Im&primir\u2026", None))
        self.cedulaButton.setText(QCoreApplication.translate("TramiteDocumentsSection", u"&C\u00e9dula de notificaci\u00f3n\u2026", None))
#if QT_CONFIG(tooltip)
        self.cedulaButton.setToolTip(QCoreApplication.translate("TramiteDocumentsSection", u"La c\u00e9dula que notifica al administrado el oficio o la carta que responde a su expediente.", None))
#endif // QT_CONFIG(tooltip)
        self.annulButton.setText(QCoreApplication.translate("TramiteDocumentsSection", u"&Anular\u2026", None))
#if QT_CONFIG(accessibility)
        self.documentsView.setAccessibleName(QCoreApplication.translate("TramiteDocumentsSection", u"Documentos de la unidad", None))
#endif // QT_CONFIG(accessibility)
        self.documentsView.setProperty(u"emptyText", QCoreApplication.translate("TramiteDocumentsSection", u"No hay documentos de la unidad con estos filtros. Redacte uno con \u00abNuevo\u2026\u00bb (Ctrl+N).", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
