import { expect } from '@open-wc/testing';
import { services } from '../../mocks/src/index.js';
import { searchServices } from '../src/search.js';

const names = (query: string) => searchServices(services, query).map((service) => service.name);

describe('searchServices', () => {
  it('finds services with or without umlauts, ß and case', () => {
    for (const query of ['Führerschein um', 'fuhrer umt', 'FUEHRER UMTAU'])
      expect(names(query), query).to.deep.equal(['Führerschein umtauschen']);
    expect(names('ausser betrieb')).to.deep.equal(['Fahrzeug außer Betrieb setzen']);
    expect(names('einbuergerung')).to.deep.equal(['Beratung zur Einbürgerung']);
  });

  it('puts name matches before keyword matches and needs every word', () => {
    const found = names('perso');
    expect(found[0]).to.match(/^Personalausweis/);
    expect(found).to.include('Vorläufigen Personalausweis beantragen');
    expect(names('fuhrer zulassen')).to.deep.equal([]);
  });
});
